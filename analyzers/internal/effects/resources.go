package effects

import "golang.org/x/tools/go/ssa"

// resources records effects that outlive the request without writing
// memory: goroutines left running, temporary files left behind, files
// written to local disk. Their effects have Root None.
func (s *summarizer) resources(fn *ssa.Function, instr ssa.Instruction, acc *accumulator) {}
