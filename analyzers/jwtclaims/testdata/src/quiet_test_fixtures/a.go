package quiet_test_fixtures

// Nothing here mints tokens; the test file does, as fixtures.
func Name() string { return "fixtures" }
