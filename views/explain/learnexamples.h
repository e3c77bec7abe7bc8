#pragma once

// The "learn" example domains (resources/examples/learn-*.xml, compiled in as :/examples/):
// each file opens with a comment "learn: TITLE. WHAT IT TEACHES … Try: …", read here so the
// welcome screen and the File menu describe them from the files themselves.

#include <QList>
#include <QString>

namespace pcitopo {

struct LearnExample {
    QString resourcePath; // ":/examples/learn-q35-desktop.xml"
    QString title;        // "the libvirt default q35 desktop"
    QString summary;      // the rest of the comment, up to "Try:"
};

// In file-name order; empty when the resources are not linked in.
QList<LearnExample> learnExamples();

// Parses the leading "<!-- learn: … -->" comment of an example; nullopt-like (empty title) when
// the file has none.
LearnExample learnExampleFromText(const QString& resourcePath, const QString& text);

} // namespace pcitopo
