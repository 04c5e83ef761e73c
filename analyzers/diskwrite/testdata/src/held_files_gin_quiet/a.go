package held_files_gin_quiet

import (
	"io"
	"os"

	"github.com/gin-gonic/gin"
)

// download copies a file into the response writer gin keeps in a field
// of its context: no holder of a file, no fact, no finding.
func download(c *gin.Context) {
	f, err := os.Open("files/" + c.Param("name"))
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(c.Writer, f)
}

func main() {
	r := gin.Default()
	r.GET("/files/:name", download)
	r.Run()
}
