// Package importer only imports summaries, for TestImportedConcurrently.
package importer

import "summaries"

func Use() { summaries.Save("k", "v") }
