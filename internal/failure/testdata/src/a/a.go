package a

func F() {}

func Boom() {}

func G() {}
