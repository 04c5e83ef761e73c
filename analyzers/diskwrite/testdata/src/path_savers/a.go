package path_savers

import (
	"archive/zip"
	"image"
	"image/png"
	"net/http"
	"os"
	"path/filepath"

	gopdf "github.com/go-pdf/fpdf"
	"github.com/jung-kurt/gofpdf"
	"github.com/mholt/archiver/v3"
	qrcode "github.com/skip2/go-qrcode"
	"github.com/tealeg/xlsx/v3"
	"github.com/xuri/excelize/v2"
)

type Server struct {
	exportDir string
}

func (s *Server) exportSheet(w http.ResponseWriter, r *http.Request) {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", r.FormValue("v"))
	f.SaveAs(filepath.Join(s.exportDir, r.FormValue("id")+".xlsx")) // want `handler Server.exportSheet writes s.exportDir/….xlsx to local disk`
}

func legacySheet(w http.ResponseWriter, r *http.Request) {
	xlsx.NewFile().Save("reports/latest.xlsx") // want `handler legacySheet writes reports/latest.xlsx to local disk`
}

func invoice(w http.ResponseWriter, r *http.Request) {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	pdf.OutputFileAndClose("invoices/" + r.FormValue("id") + ".pdf") // want `handler invoice writes invoices/….pdf to local disk`
}

func receipt(w http.ResponseWriter, r *http.Request) {
	pdf := gopdf.New("P", "mm", "A4", "")
	pdf.OutputFileAndClose("receipts/" + r.FormValue("id") + ".pdf") // want `handler receipt writes receipts/….pdf to local disk`
}

func qr(w http.ResponseWriter, r *http.Request) {
	qrcode.WriteFile(r.FormValue("url"), qrcode.Medium, 256, "static/qr/"+r.FormValue("id")+".png") // want `handler qr writes static/qr/….png to local disk`
	q, _ := qrcode.New(r.FormValue("url"), qrcode.High)
	q.WriteFile(256, "static/qr/big.png") // want `handler qr writes static/qr/big.png to local disk`
}

func backup(w http.ResponseWriter, r *http.Request) {
	archiver.Archive([]string{"data"}, "backups/"+r.FormValue("name")+".zip") // want `handler backup writes backups/….zip to local disk`
}

// thumbnail encodes an image into a file it creates: the creation is the
// write reported.
func thumbnail(w http.ResponseWriter, r *http.Request) {
	out, err := os.Create("thumbs/" + r.FormValue("id") + ".png") // want `handler thumbnail writes thumbs/….png to local disk`
	if err != nil {
		return
	}
	defer out.Close()
	png.Encode(out, image.NewRGBA(image.Rect(0, 0, 8, 8)))
}

// bundle writes a zip archive into a file it creates.
func bundle(w http.ResponseWriter, r *http.Request) {
	out, err := os.Create("bundles/" + r.FormValue("id") + ".zip") // want `handler bundle writes bundles/….zip to local disk`
	if err != nil {
		return
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	zw.Close()
}

// The same documents written to the response, or removed once sent, stay
// quiet.

func sheetDownload(w http.ResponseWriter, r *http.Request) {
	f := excelize.NewFile()
	f.Write(w)
}

func pdfDownload(w http.ResponseWriter, r *http.Request) {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.Output(w)
}

func qrDownload(w http.ResponseWriter, r *http.Request) {
	png, _ := qrcode.Encode(r.FormValue("url"), qrcode.Medium, 256)
	w.Write(png)
}

func imageDownload(w http.ResponseWriter, r *http.Request) {
	png.Encode(w, image.NewRGBA(image.Rect(0, 0, 8, 8)))
}

func zipDownload(w http.ResponseWriter, r *http.Request) {
	zw := zip.NewWriter(w)
	zw.Close()
}

func sheetSent(w http.ResponseWriter, r *http.Request) {
	name := filepath.Join("exports", r.FormValue("id")+".xlsx")
	f := excelize.NewFile()
	if err := f.SaveAs(name); err != nil {
		return
	}
	defer os.Remove(name)
	http.ServeFile(w, r, name)
}

// Generated once at startup, not on a request path.
func main() {
	s := &Server{exportDir: "exports"}
	qrcode.WriteFile("https://example.com", qrcode.Low, 128, "static/home.png")
	http.HandleFunc("/sheet", s.exportSheet)
	http.HandleFunc("/legacy", legacySheet)
	http.HandleFunc("/invoice", invoice)
	http.HandleFunc("/receipt", receipt)
	http.HandleFunc("/qr", qr)
	http.HandleFunc("/backup", backup)
	http.HandleFunc("/thumb", thumbnail)
	http.HandleFunc("/bundle", bundle)
	http.HandleFunc("/sheet.xlsx", sheetDownload)
	http.HandleFunc("/doc.pdf", pdfDownload)
	http.HandleFunc("/qr.png", qrDownload)
	http.HandleFunc("/img.png", imageDownload)
	http.HandleFunc("/all.zip", zipDownload)
	http.HandleFunc("/sent.xlsx", sheetSent)
	http.ListenAndServe(":8080", nil)
}
