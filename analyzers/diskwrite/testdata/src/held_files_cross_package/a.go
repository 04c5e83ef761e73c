package held_files_cross_package

import (
	"bufio"
	"net/http"
	"os"

	"journal"
)

func main() {
	f, err := os.OpenFile("journal.txt", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644) // want `file opened here keeps request data on local disk \(journal.txt\): handler Journal.Handle writes to it through journal.Journal.W \(journal.go:16\)`
	if err != nil {
		panic(err)
	}
	j := &journal.Journal{W: bufio.NewWriter(f)}
	http.HandleFunc("/entry", j.Handle)
	// Standard output is no file on this instance's disk.
	echo := &journal.Journal{W: bufio.NewWriter(os.Stdout)}
	http.HandleFunc("/echo", echo.Handle)
	http.ListenAndServe(":8080", nil)
}
