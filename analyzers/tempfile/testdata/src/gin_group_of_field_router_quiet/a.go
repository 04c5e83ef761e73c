// Package gin_group_of_field_router_quiet is a plugin that registers its
// routes on groups of a router held in a struct field, with no middleware
// that copies the request: gin hands the handlers the request net/http
// passed in, whose spill files net/http removes.
package gin_group_of_field_router_quiet

import "github.com/gin-gonic/gin"

// logged does not copy the request.
func logged(c *gin.Context) {
	c.Next()
}

type Plugin struct {
	router *gin.Engine
	admin  *gin.RouterGroup
}

func New(r *gin.Engine) *Plugin {
	p := &Plugin{router: r}
	p.router.Use(logged)
	p.admin = p.router.Group("/admin")
	return p
}

func (p *Plugin) Register() {
	files := p.router.Group("/files")
	files.POST("/avatar", p.avatar)
	files.Group("/v1").POST("/cover", cover)
	p.admin.POST("/logo", cover)
}

func (p *Plugin) avatar(c *gin.Context) {
	fh, err := c.FormFile("avatar")
	if err != nil {
		c.AbortWithStatus(400)
		return
	}
	_ = fh
}

func cover(c *gin.Context) {
	fh, err := c.FormFile("cover")
	if err != nil {
		return
	}
	_ = fh
}
