// Package gin_group_of_field_router is a plugin that keeps the service's
// router in a struct field, adds a middleware that copies the request to
// it in one method, and registers its routes in others on groups made
// from it.
package gin_group_of_field_router

import (
	"context"
	"time"

	"github.com/gin-gonic/gin"
)

// timeout replaces the request with a copy that carries a deadline.
func timeout(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 10*time.Second)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

type Plugin struct {
	router *gin.Engine
	admin  *gin.RouterGroup
}

func (p *Plugin) Setup() {
	p.router.Use(timeout)
	p.admin = p.router.Group("/admin")
}

// Register registers on a group of the router field, and on a group of
// that group.
func (p *Plugin) Register() {
	files := p.router.Group("/files")
	files.POST("/avatar", p.avatar)
	v1 := files.Group("/v1")
	v1.POST("/cover", cover)
}

// RegisterAdmin registers on a group that Setup kept in a field.
func (p *Plugin) RegisterAdmin() {
	p.admin.POST("/logo", logo)
}

func (p *Plugin) avatar(c *gin.Context) {
	fh, err := c.FormFile("avatar") // want `handler Plugin.avatar parses a multipart form \(FormFile\) on a request copied by middleware timeout without RemoveAll: net/http removes spill files only for the request it passed in`
	if err != nil {
		c.AbortWithStatus(400)
		return
	}
	_ = fh
}

func cover(c *gin.Context) {
	fh, err := c.FormFile("cover") // want `handler cover parses a multipart form \(FormFile\) on a request copied by middleware timeout without RemoveAll`
	if err != nil {
		return
	}
	_ = fh
}

func logo(c *gin.Context) {
	fh, err := c.FormFile("logo") // want `handler logo parses a multipart form \(FormFile\) on a request copied by middleware timeout without RemoveAll`
	if err != nil {
		return
	}
	_ = fh
}
