// Package shutdown defines an Analyzer that reports programs serving HTTP
// or gRPC with no graceful stop on SIGTERM.
//
// # Analyzer shutdown
//
// shutdown: report servers started from main that do not stop gracefully on SIGTERM
//
// Any instance can disappear at any moment: a deploy, a scale-in or a node
// drain stops it with SIGTERM, and after a grace period SIGKILL. A server
// that does not catch SIGTERM dies at once and cuts off every request in
// flight, which clients see as errors even though other instances were
// ready to serve them (12-factor IX, disposability). The stateless way is
// to stop accepting, finish what is in flight, then exit:
// signal.NotifyContext for SIGTERM, then Server.Shutdown (gRPC:
// GracefulStop).
//
// shutdown looks at package main: everything main refers to (calls,
// function values such as errgroup's g.Go(srv.ListenAndServe), closures
// and goroutines), transitively and across packages, plus the package
// initialization of main and of the packages it imports (package-level
// variables holding closures, such as a cobra command's RunE, and init
// functions). Across packages it composes per-function summaries
// exported as facts. In all of that code it finds:
//
//   - servers: net/http's ListenAndServe, ListenAndServeTLS, Serve and
//     ServeTLS, which cannot be stopped gracefully at all, and gin's
//     Engine.Run (RunTLS, RunUnix, ...), a bare ListenAndServe;
//     (*http.Server).ListenAndServe, ListenAndServeTLS, Serve and ServeTLS;
//     echo v4's Start (StartTLS, StartAutoTLS, StartServer,
//     StartH2CServer); fiber v2 and v3 Listen (and ListenTLS, Listener,
//     ...); grpc's (*Server).Serve;
//   - graceful stops: (*http.Server).Shutdown, echo's Shutdown (or
//     Shutdown of an http.Server, which echo wraps), fiber's Shutdown,
//     ShutdownWithTimeout and ShutdownWithContext (or a fiber v3
//     ListenConfig with GracefulContext), grpc's GracefulStop. Close and
//     Stop are not graceful;
//   - signals: signal.Notify and signal.NotifyContext, noting whether they
//     include syscall.SIGTERM (or list no signal, which means all).
//
// A server is reported when nothing reachable stops its kind gracefully,
// or when something does but no reachable signal.Notify(Context) listens
// for SIGTERM. Listening for os.Interrupt alone is the classic slip: it
// works on Ctrl-C and not in production; the suggested fix adds
// syscall.SIGTERM to the package's Notify calls. A package-level
// http.ListenAndServe started in a goroutine (a pprof or metrics side
// listener) is not reported when the program otherwise stops gracefully
// on SIGTERM. echo v5's Start is graceful itself, and is found to be so
// from its own code.
//
// The diagnostic sits on the server call when it is in package main, else
// on the reference in main's package that leads to it, naming the chain
// ("(*http.Server).ListenAndServe (via server.Server.Start)"), or on func
// main for servers reached through package initialization. A server
// started elsewhere (main → cmd.New() → server.Run() →
// srv.ListenAndServe()) also has the message name the line that starts it
// and the signal handling found, or say that none is reachable, with
// related information at both, so the finding leads to the lines to
// change. One server start is one finding, however many references in
// main lead to it.
//
// A gRPC server beside an HTTP server that shuts down gracefully is
// reported on its own: Shutdown of the HTTP server does not drain RPCs,
// the gRPC server needs its own GracefulStop.
//
// WRONG:
//
//	func main() {
//		http.Handle("/", handler)
//		log.Fatal(http.ListenAndServe(":8080", nil))
//	}
//
// RIGHT:
//
//	func main() {
//		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
//		defer stop()
//		srv := &http.Server{Addr: ":8080", Handler: handler}
//		go func() {
//			if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
//				log.Fatal(err)
//			}
//		}()
//		<-ctx.Done()
//		shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
//		defer cancel()
//		srv.Shutdown(shutdownCtx)
//	}
//
// Servers in test files are not checked, nor any package but main.
// Known limits: the stop and the signal are matched by kind, not tied to
// the server object or to each other (two http.Servers with one Shutdown
// pass; a Shutdown that runs after ListenAndServe returns passes as long
// as some signal handler exists); calls through interfaces and function
// values of unknown origin are not followed; frameworks that stop servers
// through interfaces (uber fx, for instance) are followed only as far as
// their code is static.
package shutdown
