package main

import "net/http"

func main() {
	//statecheck:ignore shutdown a one-shot debugging tool, never deployed behind a load balancer
	_ = http.ListenAndServe("127.0.0.1:6060", nil)
}

//statecheck:ignore shutdown nothing to excuse // want `statecheck:ignore directive for shutdown matches no finding`
func helper() {}
