// Package directives defines an Analyzer that reports malformed
// //statecheck: directives.
//
// # Analyzer directives
//
// directives: report malformed statecheck directives
//
// A suppression must say why, and must name something that exists, or it
// silently hides findings for reasons no reviewer can judge. directives
// reports //statecheck:ignore without an analyzer name or a reason, an
// ignore naming an analyzer that does not exist, //statecheck:cache
// without a reason or on anything but a variable or struct field
// declaration, and unknown //statecheck: verbs. (An ignore that silences
// nothing is reported by the analyzer it names.) It also reports an
// accepted name (the accepted setting) that names no variable or struct
// field of its package, since such a name accepts nothing.
//
// WRONG:
//
//	//statecheck:ignore globalstate
//	sessions[id] = u
//
// RIGHT:
//
//	//statecheck:ignore globalstate single-instance admin tool, never scaled out
//	sessions[id] = u
package directives
