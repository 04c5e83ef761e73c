package held_files_upstream // want package:`writes through filestore.Store.f`

import (
	"net/http"

	"filestore"
)

type API struct {
	store *filestore.Store
}

func (a *API) add(w http.ResponseWriter, r *http.Request) {
	a.store.Add(r.FormValue("line")) // want `handler API.add writes through filestore.Store.f, a file on local disk \(path\) opened at filestore.go:13: the only copy is on this instance's disk, unseen by the others and lost when it is replaced; keep the records in a database or object storage`
}

func main() {
	st, err := filestore.Open("lines.txt")
	if err != nil {
		panic(err)
	}
	a := &API{store: st}
	http.HandleFunc("/add", a.add)
	http.ListenAndServe(":8080", nil)
}
