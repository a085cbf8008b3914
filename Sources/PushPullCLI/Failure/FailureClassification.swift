#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRMImport
import ScenarioFile
import TOMLGuard

/// The status each kind of file and import error exits with.
extension CommandFailure {
    /// A scenario that cannot be read is missing input (or an I/O error); one that reads but is wrong is bad data.
    init(_ error: ScenarioFileError) {
        let status: Status = if case .unreadable(_, let number) = error.inputProblem?.reason {
            number.map(Self.readStatus) ?? .noInput  // no number: not a regular file
        } else {
            .dataError
        }
        self.init(status, error.description)
    }

    /// A scenario that cannot be saved: the file cannot be created, or writing it failed part way.
    init(_ error: ScenarioStoreError) {
        self.init(Self.writeStatus(error.systemErrorNumber), error.description)
    }

    /// An export that cannot be opened, that is not a CSV export, or an import flag that is wrong.
    /// A problem in the export's content is placed like every file error, `FILE:LINE:COLUMN: message`
    /// (column 1: the reader knows the row, not the field).
    init(_ error: CRMImportError, file: String) {
        let status: Status = switch error {
        case .cannotOpen: .noInput
        case .cannotRead: .ioError
        case .notCSV, .missingColumns, .ambiguousDates, .unclosedQuote, .recordTooLong: .dataError
        case .unknownColumn, .invalidMapping, .invalidDateFormat: .usage
        }
        let place = switch error {
        case .cannotOpen, .unknownColumn, .invalidMapping, .invalidDateFormat: ""
        case .cannotRead: "\(file): "
        default: error.line.map { "\(file):\($0):1: " } ?? "\(file): "
        }
        self.init(status, place + error.description)
    }

    /// The file is not there, or not for us to read: no input. Anything else went wrong while reading.
    static func readStatus(_ number: Int32) -> Status {
        [ENOENT, ENOTDIR, EACCES, EPERM, EISDIR, ELOOP, ENAMETOOLONG].contains(number) ? .noInput : .ioError
    }

    /// The place cannot take a new file: cannot create. Anything else went wrong while writing.
    static func writeStatus(_ number: Int32) -> Status {
        [ENOENT, ENOTDIR, EACCES, EPERM, EROFS, EISDIR, ELOOP, ENAMETOOLONG, EEXIST].contains(number) ? .cannotCreate : .ioError
    }
}
