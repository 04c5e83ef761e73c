package users // want package:`opens afero filesystem into held_writes_related/users.User.Fs`

// Each user has a filesystem rooted at their scope, on local disk, as a
// file manager does.

import "github.com/spf13/afero"

type User struct {
	Scope string
	Fs    afero.Fs
}

// Clean roots the user's filesystem at their scope.
func (u *User) Clean() {
	u.Fs = afero.NewBasePathFs(afero.NewOsFs(), u.Scope)
}
