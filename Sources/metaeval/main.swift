import Foundation
import MetaEval

exit(CLI().run(Array(CommandLine.arguments.dropFirst())).rawValue)
