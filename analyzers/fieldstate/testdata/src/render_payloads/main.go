// Command render_payloads mirrors chi's REST example: response payloads
// implement render.Renderer, whose Render(w, r) error looks like a
// handler. The handlers make a payload per request and hand it to
// render.Render, so Render's receiver is the request's own value.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type Article struct {
	ID    string
	Title string
}

type UserPayload struct {
	Name string
	Role string
}

// NewUserPayloadResponse is exported, but nothing imports a command:
// only this package's request code calls it.
func NewUserPayloadResponse(name string) *UserPayload {
	return &UserPayload{Name: name}
}

func (u *UserPayload) Render(w http.ResponseWriter, r *http.Request) error {
	u.Role = "collaborator" // quiet: a payload made for this response
	return nil
}

// ArticleResponse holds a UserPayload: the field lives as long as the
// response that holds it.
type ArticleResponse struct {
	*Article
	User    *UserPayload
	Elapsed int64
}

func NewArticleResponse(article *Article) *ArticleResponse {
	return &ArticleResponse{Article: article, User: NewUserPayloadResponse("author")}
}

func (rd *ArticleResponse) Render(w http.ResponseWriter, r *http.Request) error {
	rd.Elapsed = 10 // quiet
	return nil
}

func NewArticleListResponse(articles []*Article) []render.Renderer {
	list := []render.Renderer{}
	for _, a := range articles {
		list = append(list, NewArticleResponse(a))
	}
	return list
}

// Banner is made once in main and kept by a package-level variable: its
// Render writes a long-lived value.
type Banner struct {
	shown int
}

var banner = &Banner{}

func (b *Banner) Render(w http.ResponseWriter, r *http.Request) error {
	b.shown++ // want `handler Banner.Render increments counter b.shown of the long-lived receiver`
	return nil
}

func getArticle(w http.ResponseWriter, r *http.Request) {
	render.Render(w, r, NewArticleResponse(&Article{ID: chi.URLParam(r, "id")}))
}

func listArticles(w http.ResponseWriter, r *http.Request) {
	render.RenderList(w, r, NewArticleListResponse(nil))
	render.Render(w, r, banner)
}

func main() {
	r := chi.NewRouter()
	r.Get("/articles/{id}", getArticle)
	r.Get("/articles", listArticles)
	http.ListenAndServe(":3333", r)
}
