package accepted // want `accepted name accepted.T.missing matches no variable or struct field of package accepted: it accepts nothing` `accepted name accepted.typo matches no variable or struct field of package accepted: it accepts nothing` `accepted name accepted.A.f matches no variable or struct field of package accepted` `accepted name accepted.F matches no variable or struct field` `accepted name accepted.T matches no variable`

var used = map[string]int{}

type T struct {
	f     int
	inner // an embedded field is a field too
}

type inner struct{ g int }

// A is an alias: fields are named through the type that declares them.
type A = T

func F() {}
