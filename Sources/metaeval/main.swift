import Foundation
import MetaEval

ProcessLifetime.endsWithProcess()
exit(CLI().run(Array(CommandLine.arguments.dropFirst())).rawValue)
