// Package bench holds statecheck's benchmarks: go test -bench for the
// engine on generated packages (engine_test.go), and compare.sh, which
// times statecheck beside go vet and staticcheck on real checkouts.
//
// Compare engine runs with benchstat:
//
//	go test -run '^$' -bench . -count 6 ./bench > new.txt
//	benchstat old.txt new.txt
package bench
