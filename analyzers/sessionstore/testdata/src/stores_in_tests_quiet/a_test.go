package stores_in_tests_quiet

import (
	"testing"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/sessions"
)

func TestUse(t *testing.T) {
	sm := Use(scs.New())
	_ = sessions.NewFilesystemStore(t.TempDir())
	_ = sm
}
