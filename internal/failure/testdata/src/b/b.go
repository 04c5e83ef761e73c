package b

import "a"

func H() { a.F() }
