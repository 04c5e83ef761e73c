package handler_via_gin

import "github.com/gin-gonic/gin"

var carts = map[string][]string{}

func addToCart(c *gin.Context) {
	carts[c.Param("user")] = append(carts[c.Param("user")], c.Query("sku")) // want `handler addToCart writes package-level map carts`
}

func main() {
	r := gin.Default()
	r.POST("/cart/:user", addToCart)
	r.GET("/hits", func(c *gin.Context) {
		carts["hits"] = nil // want `handler func literal in main writes package-level map carts`
	})
	r.Run()
}
