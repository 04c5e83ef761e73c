package malformed

//statecheck:cache // want `statecheck:cache directive has no reason`
var a = map[string]int{}

//statecheck:cache pages rebuilt on a miss
var b = map[string]int{}

var (
	//statecheck:cache grouped declaration with its own doc
	c = map[string]int{}
)

type T struct {
	//statecheck:cache per-field cache
	f map[string]int
}

//statecheck:cache functions are not caches // want `statecheck:cache directive must annotate a variable or struct field declaration`
func f() {
	//statecheck:ignore globalstate // want `statecheck:ignore directive has no reason`
	a["x"] = 1
	//statecheck:ignore globalsate typo in the name // want `statecheck:ignore directive names unknown analyzer globalsate`
	a["y"] = 2
	//statecheck:ignore // want `statecheck:ignore directive names no analyzer`
	a["z"] = 3
	//statecheck:ignore globalstate,fieldstate both named, with a reason
	a["w"] = 4
}

//statecheck:forget everything // want `unknown directive statecheck:forget`
var d int
