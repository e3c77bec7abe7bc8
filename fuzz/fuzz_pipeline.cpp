// libFuzzer target over pcitopo's whole headless pipeline: load → validate → assign → save.
// Besides what the sanitizers catch (crashes, leaks, undefined behaviour), a broken promise of
// the model (tests/model/robustness/pipelinecheck.h) aborts, so the fuzzer reports it as a
// crash. Every input that ever broke something goes to tests/model/robustness/fuzz-regressions/.
#include "pipelinecheck.h"
#include "rules/ruletable.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv); // the rule table is a Qt resource
    pcitopo::RuleTable::builtin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const QTemporaryDir saveDirectory;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString broken = pcitopo::testing::brokenPromise(bytes, saveDirectory.path());
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_pipeline: broken promise: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}
