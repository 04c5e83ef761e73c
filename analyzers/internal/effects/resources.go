package effects

import (
	"golang.org/x/tools/go/ssa"
)

// resources records effects that outlive the request without writing
// memory: goroutines left running, temporary files left behind, files
// written to local disk, multipart spill files. Their effects have Root
// None when they outlive the request whatever the caller does, and one of
// the resource roots (HeldByParam, HeldByFreeVar, Returned) when the
// caller decides: it may remove the file it was handed back, or join the
// goroutine on the WaitGroup it passed in. bind leaves those to rebind.
//
// What a function releases itself — a deferred os.Remove, a WaitGroup it
// waits on — is decided here, in the function that makes the resource,
// so a released resource produces no effect at all.
func (s *summarizer) resources(fn *ssa.Function, instr ssa.Instruction, acc *accumulator) {
	switch instr := instr.(type) {
	case *ssa.Go:
		s.goStatement(fn, instr, acc)
		s.rebind(fn, instr, acc)
	case *ssa.Call:
		s.libraryCall(fn, instr, acc)
		s.rebind(fn, instr, acc)
		s.loopBodyResources(fn, instr, acc)
	case *ssa.Defer:
		s.libraryRemoval(fn, instr.Common(), acc)
		s.rebind(fn, instr, acc)
	}
}

// libraryCall records the resource effects of a call of the standard
// library or a modelled framework.
func (s *summarizer) libraryCall(fn *ssa.Function, call *ssa.Call, acc *accumulator) {
	c := &call.Call
	id := callID(c)
	if id == "" {
		return
	}
	switch {
	case tempMakers[id] != "":
		s.tempMade(fn, call, tempMakers[id], acc)
	case spawners[id] != "":
		s.spawnCall(fn, call, spawners[id], acc)
	case multipartParsers[id] != "":
		s.multipartParsed(fn, call, multipartParsers[id], acc)
	case blobWriters[id]:
		s.blobWritten(fn, call, acc)
	case aferoWriters[id] != (aferoWrite{}):
		s.aferoWritten(fn, call, aferoWriters[id], acc)
	case hasKey(writerCalls, id):
		s.heldWrite(fn, call, writerCalls[id], acc)
	default:
		if w, ok := diskWriter(id, c); ok {
			s.diskWritten(fn, call, w, acc)
		}
		s.libraryRemoval(fn, c, acc) // os.Rename both writes and removes
	}
}
