package main

import (
	"bytes"
	"debug/elf"
	"io"
	"os"
	"strconv"
	"strings"
)

// toolIDLine answers the vet tool protocol's "-V=full": one line the go
// command turns into the key under which it caches this tool's results, so
// it must change whenever the binary does. unitchecker answers by hashing
// the whole executable, which costs statecheck's 12 MB a sha256 pass on
// every go vet run, cached results or not. The Go linker already stores
// such a hash: the last part of the build ID ("…/contentID") is a hash of
// the binary's content, and it is what the go command keeps from the line
// (cmd/go/internal/work.toolID), as it does for development builds of its
// own tools. ok is false when the binary has no usable build ID; then
// unitchecker's answer stands.
func toolIDLine() (line string, ok bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	id, ok := goBuildID(exe)
	if !ok {
		return "", false
	}
	// The format is unitchecker's but for the first field, which the go
	// command does not check for a vet tool and which, as unitchecker's
	// path of the executable, breaks its parsing when the path has a
	// space. "devel" tells it to keep the last slash-separated part of
	// the buildID field.
	return "statecheck version devel comments-go-here buildID=" + id + "\n", true
}

// goBuildID returns the Go build ID of an executable if it has one whose
// content part can stand for the binary. ELF keeps it in a note; other
// formats in a marked string near the start of the text, which the first
// 32 kB hold for Windows and Plan 9 (Mach-O may place it further on, and
// falls back to hashing when it does). A build ID set by hand, like the
// "redacted" of reproducible-build setups, is refused: it would not change
// when the binary does, and the go command would serve stale results.
func goBuildID(exe string) (string, bool) {
	f, err := os.Open(exe)
	if err != nil {
		return "", false
	}
	defer f.Close()
	var id string
	if ef, err := elf.NewFile(f); err == nil {
		id = elfGoBuildID(ef)
	} else {
		head := make([]byte, 32<<10)
		n, _ := io.ReadFull(f, head)
		id = rawGoBuildID(head[:n])
	}
	return id, usableBuildID(id)
}

// elfGoBuildID reads the Go linker's note (name "Go", type 4) from the
// section the linker names for it.
func elfGoBuildID(ef *elf.File) string {
	s := ef.Section(".note.go.buildid")
	if s == nil {
		return ""
	}
	note, err := s.Data()
	if err != nil || len(note) < 16 {
		return ""
	}
	nameSize := ef.ByteOrder.Uint32(note)
	descSize := ef.ByteOrder.Uint32(note[4:])
	tag := ef.ByteOrder.Uint32(note[8:])
	if nameSize != 4 || tag != 4 || string(note[12:16]) != "Go\x00\x00" || uint64(descSize) > uint64(len(note)-16) {
		return ""
	}
	return string(note[16 : 16+descSize])
}

// rawGoBuildID finds the build ID the Go linker writes as
// "\xff Go build ID: \"…\"\n \xff" into the text of non-ELF binaries.
func rawGoBuildID(data []byte) string {
	const prefix, end = "\xff Go build ID: \"", "\"\n \xff"
	i := bytes.Index(data, []byte(prefix))
	if i < 0 {
		return ""
	}
	rest := data[i+len(prefix)-1:]
	j := bytes.Index(rest, []byte(end))
	if j < 0 {
		return ""
	}
	id, err := strconv.Unquote(string(rest[:j+1]))
	if err != nil {
		return ""
	}
	return id
}

// usableBuildID reports whether id looks like what the go command writes:
// slash-separated parts, the last a base64url hash (cmd/go's HashToString
// makes 20 characters of one).
func usableBuildID(id string) bool {
	i := strings.LastIndexByte(id, '/')
	if i <= 0 {
		return false
	}
	content := id[i+1:]
	if len(content) < 20 {
		return false
	}
	for _, r := range content {
		if !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}
