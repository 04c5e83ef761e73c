// Package binder_helpers has methods shaped like gin handlers that only
// bind a request into a value the handler makes: helpers, not handlers.
package binder_helpers

import "github.com/gin-gonic/gin"

type articleValidator struct {
	title string
	tags  []string
}

func newArticleValidator() articleValidator { return articleValidator{} }

// Bind fills the validator from the request; the handler made it.
func (v *articleValidator) Bind(c *gin.Context) error {
	v.title = c.PostForm("title")
	v.tags = append(v.tags, c.PostForm("tag"))
	return nil
}

func createArticle(c *gin.Context) {
	v := newArticleValidator()
	if err := v.Bind(c); err != nil {
		return
	}
	c.String(200, v.title)
}

// counter's Hit is both called and registered: a handler, and its
// receiver is the long-lived one registered.
type counter struct{ hits int }

func (k *counter) Hit(c *gin.Context) {
	k.hits++ // want `handlers counter.Hit and counter.Twice increment counter k.hits of the long-lived receiver`
}

func (k *counter) Twice(c *gin.Context) {
	k.Hit(c)
	k.Hit(c)
}

func main() {
	r := gin.New()
	k := &counter{}
	r.POST("/articles", createArticle)
	r.GET("/hit", k.Hit)
	r.Run()
}
