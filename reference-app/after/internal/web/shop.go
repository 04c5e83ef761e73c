package web

import (
	"errors"
	"net/http"

	"github.com/statecheck/statecheck/reference-app/after/internal/avatar"
	"github.com/statecheck/statecheck/reference-app/after/internal/cart"
	"github.com/statecheck/statecheck/reference-app/after/internal/export"
	"github.com/statecheck/statecheck/reference-app/after/internal/httpjson"
	"github.com/statecheck/statecheck/reference-app/after/internal/identity"
)

func (s *Server) listCart(w http.ResponseWriter, r *http.Request) {
	items, err := s.Carts.List(r.Context(), identity.User(r.Context()))
	if err != nil {
		unavailable(w, r, err)
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"items": items})
}

func (s *Server) addToCart(w http.ResponseWriter, r *http.Request) {
	var it cart.Item
	if !httpjson.Decode(w, r, &it) {
		return
	}
	if err := it.Validate(); err != nil {
		httpjson.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	user := identity.User(r.Context())
	if err := s.Carts.Add(r.Context(), user, it); err != nil {
		unavailable(w, r, err)
		return
	}
	s.listCart(w, r)
}

// uploadAvatar answers 307 with a presigned URL, so that a client that
// follows redirects PUTs the same body straight to object storage.
func (s *Server) uploadAvatar(w http.ResponseWriter, r *http.Request) {
	contentType := r.Header.Get("Content-Type")
	if err := avatar.CheckUpload(contentType, r.ContentLength); err != nil {
		httpjson.Error(w, uploadStatus(err), err.Error())
		return
	}
	u, err := s.Avatars.UploadURL(r.Context(), identity.User(r.Context()), contentType, r.ContentLength)
	if err != nil {
		unavailable(w, r, err)
		return
	}
	w.Header().Set("Location", u.String())
	httpjson.Write(w, http.StatusTemporaryRedirect, map[string]string{"upload_url": u.String()})
}

func uploadStatus(err error) int {
	switch {
	case errors.Is(err, avatar.ErrContentType):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, avatar.ErrNoLength):
		return http.StatusLengthRequired
	case errors.Is(err, avatar.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	default:
		return http.StatusBadRequest
	}
}

func (s *Server) avatar(w http.ResponseWriter, r *http.Request) {
	u, err := s.Avatars.DownloadURL(r.Context(), identity.User(r.Context()))
	if errors.Is(err, avatar.ErrNotFound) {
		httpjson.Error(w, http.StatusNotFound, err.Error())
		return
	}
	if err != nil {
		unavailable(w, r, err)
		return
	}
	redirect(w, r, u.String())
}

func (s *Server) startExport(w http.ResponseWriter, r *http.Request) {
	id, err := s.Exports.Start(r.Context(), identity.User(r.Context()))
	if err != nil {
		unavailable(w, r, err)
		return
	}
	w.Header().Set("Location", "/exports/"+id)
	httpjson.Write(w, http.StatusAccepted, map[string]string{"id": id, "status": string(export.Queued)})
}

func (s *Server) exportStatus(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	status, err := s.Exports.Status(r.Context(), identity.User(r.Context()), id)
	if errors.Is(err, export.ErrNotFound) {
		httpjson.Error(w, http.StatusNotFound, err.Error())
		return
	}
	if err != nil {
		unavailable(w, r, err)
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]string{"id": id, "status": string(status)})
}

func (s *Server) exportFile(w http.ResponseWriter, r *http.Request) {
	u, err := s.Exports.FileURL(r.Context(), identity.User(r.Context()), r.PathValue("id"))
	switch {
	case errors.Is(err, export.ErrNotFound):
		httpjson.Error(w, http.StatusNotFound, err.Error())
	case errors.Is(err, export.ErrNotReady):
		httpjson.Error(w, http.StatusConflict, err.Error())
	case err != nil:
		unavailable(w, r, err)
	default:
		redirect(w, r, u.String())
	}
}

// redirect sends the client to a presigned URL. The URL expires, so
// neither the client nor a proxy may cache the redirect.
func redirect(w http.ResponseWriter, r *http.Request, u string) {
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, u, http.StatusFound)
}
