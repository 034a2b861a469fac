// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "metaeval",
    products: [
        .executable(name: "metaeval", targets: ["metaeval"]),
        .library(name: "MetaEval", targets: ["MetaEval"]),
    ],
    targets: [
        .target(name: "MetaEval"),
        .executableTarget(name: "metaeval", dependencies: ["MetaEval"]),
        .testTarget(name: "MetaEvalTests", dependencies: ["MetaEval"]),
    ]
)
