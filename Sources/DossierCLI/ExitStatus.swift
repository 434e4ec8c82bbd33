import ArgumentParser

/// Exit statuses of `dossier`, documented in `--help` and the README.
enum ExitStatus {
    /// Bad usage: unknown template, wrong options (sysexits EX_USAGE).
    static let usage: Int32 = 64
    /// Invalid input: missing file, invalid JSON/YAML, validation errors (EX_DATAERR).
    static let invalidInput: Int32 = 65
    /// Render failure: missing font, layout error, unwritable output (EX_SOFTWARE).
    static let renderFailure: Int32 = 70

    static let help = """
    Exit status: 0 success; 64 bad usage (unknown template or option); 65 invalid input (missing file, \
    invalid JSON or YAML, validation errors — each printed as FILE: PATH: message); 70 render failure \
    (missing font, layout error under --strict, output not writable).
    """

    /// For commands over many inputs (`batch`, `validate`), which go on after a failing input.
    static let manyInputsHelp = """
    Exit status over many inputs: 0 when every input succeeded (skipped inputs count as successes); 65 when \
    some input was invalid (or an INPUT argument named no file) and none failed to render; 70 when some \
    input failed to render; 64 bad usage (unknown template, malformed option, --shard outside 1 ≤ K ≤ N). \
    Every failing input is reported on stderr as FILE: PATH: message.
    """
}

/// A failure that ends the command with a message on stderr and an exit status.
struct CommandFailure: Error {
    let status: Int32
    let lines: [String]
}
