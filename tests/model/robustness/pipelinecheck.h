#pragma once
// One run of pcitopo's headless pipeline, load → validate → assign → save, checking the
// promises the model makes on the way. Shared by the libFuzzer target (fuzz/fuzz_pipeline.cpp),
// which aborts on a broken promise, and by tst_fuzzregressions, which replays every input the
// fuzzer ever broke something with.
#include <QByteArray>
#include <QString>

namespace pcitopo::testing {

// Empty when every promise held; otherwise which one broke, and how:
//   - a document that loads is lossless (toBytes() gives back the input bytes);
//   - a refusal says why, in printable words, at a line inside the input;
//   - an assignment that succeeds leaves a document that loads again, save() writes exactly
//     its bytes, and undo restores the exact input bytes.
// `saveDirectory` is where save() writes (a temporary directory of the caller's).
QString brokenPromise(const QByteArray& bytes, const QString& saveDirectory);

} // namespace pcitopo::testing
