import TOMLGuard

/// Why a theme could not be used, with where: the problem type every TOML format shares,
/// `file:line:column: key: problem`.
public typealias ThemeError = TOMLProblem
