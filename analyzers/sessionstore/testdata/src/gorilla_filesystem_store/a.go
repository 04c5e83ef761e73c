package gorilla_filesystem_store

import (
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY"))) // want `gorilla sessions FilesystemStore keeps sessions in files on this instance's disk`
