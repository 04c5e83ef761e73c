package handler_via_echo

import (
	"context"

	"github.com/labstack/echo/v4"
	"golang.org/x/sync/errgroup"
)

func resize(ctx context.Context, id string) error { return nil }

func upload(c echo.Context) error {
	go resize(context.Background(), c.Param("id")) // want `handler upload starts a goroutine \(go resize\) on context.Background\(\)`
	return c.NoContent(202)
}

func thumbnails(c echo.Context) error {
	g, ctx := errgroup.WithContext(c.Request().Context())
	g.Go(func() error { return resize(ctx, "s") })
	g.Go(func() error { return resize(ctx, "m") })
	return g.Wait()
}

func main() {
	e := echo.New()
	e.POST("/upload/:id", upload)
	e.POST("/thumbs", thumbnails)
	e.Start(":8080")
}
