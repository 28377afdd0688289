"""Code the tests share that is not a fixture: in-process CLI runs, generated input sets, readers."""
