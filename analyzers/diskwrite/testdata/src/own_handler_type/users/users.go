package users // want package:`opens afero filesystem into own_handler_type/users.User.Fs, afero filesystem into own_handler_type/users.User.Trash`

// Each user has a filesystem rooted at their scope, on
// local disk, as a file manager does.

import "github.com/spf13/afero"

type User struct {
	Scope string
	Fs    afero.Fs
	Trash afero.Fs
}

// Clean roots the user's filesystems at their scope.
func (u *User) Clean() {
	u.Fs = afero.NewBasePathFs(afero.NewOsFs(), u.Scope)
	u.Trash = afero.NewBasePathFs(afero.NewOsFs(), u.Scope+"/.trash")
}
