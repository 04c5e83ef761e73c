package memrepo

var rows []string

type Repo struct{}

func New() *Repo { return &Repo{} }

func (*Repo) Insert(name string) { rows = append(rows, name) }
