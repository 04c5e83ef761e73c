// Package handlergo defines an Analyzer that reports goroutines and timers
// a request handler starts and leaves running after it returns.
//
// # Analyzer handlergo
//
// handlergo: report goroutines started on a request path and not joined before it returns
//
// Any instance can disappear at any moment: a deploy, a scale-in, a
// crash. Work a handler hands to a goroutine and does not wait for lives
// only in that instance's memory. When the instance stops, the e-mail is
// never sent and the export never finishes, and no other instance knows
// the work existed, so none can retry it or tell the client how it went.
//
// handlergo follows every request handler through the functions it calls,
// across packages, and reports go statements, time.AfterFunc and
// context.AfterFunc callbacks, and errgroup.Group.Go or WaitGroup.Go
// goroutines that the handler does not join before it returns. A
// goroutine is joined when the function that starts it, or a caller it
// hands the WaitGroup or channel to, then
//
//   - calls Wait on the sync.WaitGroup or errgroup.Group the goroutine
//     holds (WaitGroup.Go and errgroup.Group.Go included);
//   - receives from a channel the goroutine holds, directly, in a range
//     loop or in a blocking select, or closes such a channel to tell the
//     goroutine to stop;
//   - receives from a context's Done channel, waiting for the request to
//     end, as a streaming handler does while a goroutine pumps events;
//   - stops the timer of time.AfterFunc, or calls the stop function of
//     context.AfterFunc;
//   - calls, or defers, the function a helper returns to stop the
//     goroutine it started (stop := keepAlive(key); defer stop()): a
//     function literal that closes a channel the goroutine holds, or
//     receives from one to wait for it, or the cancel function of the
//     context the goroutine runs on. A handler that drops that function,
//     or only keeps it, leaves the goroutine running.
//
// A select between the goroutine's result and ctx.Done() counts as a
// join: the handler either gets the result or ends with the request, and
// a goroutine working on the request's context is abandoned with it, as
// any request is when its instance stops. The message weighs more when
// the goroutine runs on context.Background(), context.TODO() or
// context.WithoutCancel: that work is cut from the request on purpose and
// dies with the instance.
//
// Goroutines started in main, in init or by code no handler reaches are
// not reported, nor are the goroutines of libraries (http.Server's own,
// a connection pool's), nor a worker that a handler starts lazily, once
// per instance, under a nil check or inside sync.Once
// (if h.queue == nil { …; go h.run() }). A goroutine that holds a live connection — a
// websocket read or write pump — serves that connection and ends with it;
// it is reported only with -connections.
//
// WRONG:
//
//	func (s *Server) export(w http.ResponseWriter, r *http.Request) {
//		go s.generateCSV(context.Background(), userID(r))
//		w.WriteHeader(http.StatusAccepted)
//	}
//
// RIGHT: enqueue the work to a durable queue, record the job, and let the
// client poll its status on any instance:
//
//	func (s *Server) export(w http.ResponseWriter, r *http.Request) {
//		info, err := s.queue.EnqueueContext(r.Context(), asynq.NewTask("export:csv", payload))
//		...
//		json.NewEncoder(w).Encode(map[string]string{"job": info.ID})
//	}
//
// Fan-out that the handler waits for is fine:
//
//	var wg sync.WaitGroup
//	for _, id := range ids {
//		wg.Go(func() { s.fetch(r.Context(), id) })
//	}
//	wg.Wait()
package handlergo
