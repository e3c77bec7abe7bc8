#include "learnexamples.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pcitopo {

LearnExample learnExampleFromText(const QString& resourcePath, const QString& text) {
    LearnExample example;
    example.resourcePath = resourcePath;
    static const QRegularExpression comment(QStringLiteral("<!--\\s*learn:\\s*(.*?)-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = comment.match(text);
    if (!m.hasMatch())
        return example;
    QString body = m.captured(1).simplified();
    const qsizetype tryAt = body.indexOf(QStringLiteral("Try:"));
    if (tryAt >= 0)
        body.truncate(tryAt);
    const qsizetype titleEnd = body.indexOf(QStringLiteral(". "));
    example.title = titleEnd > 0 ? body.left(titleEnd) : body.trimmed();
    example.summary = titleEnd > 0 ? body.mid(titleEnd + 2).trimmed() : QString();
    return example;
}

QList<LearnExample> learnExamples() {
    QList<LearnExample> examples;
    const QDir dir(QStringLiteral(":/examples"));
    const QStringList names =
        dir.entryList({QStringLiteral("learn-*.xml")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const LearnExample example =
            learnExampleFromText(dir.filePath(name), QString::fromUtf8(file.read(4096)));
        if (!example.title.isEmpty())
            examples.append(example);
    }
    return examples;
}

} // namespace pcitopo
