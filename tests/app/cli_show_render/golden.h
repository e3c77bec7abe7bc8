#pragma once

// Golden files of the show/render/explain tests live in golden/ (PCITOPO_GOLDEN_DIR). After an
// intended change, regenerate them with PCITOPO_UPDATE_GOLDEN=1 (or scripts/update-golden) and
// review the diff; without it every comparison is exact.
#include <QFile>
#include <QTest>

inline QString goldenPath(const QString& name) {
    return QStringLiteral(PCITOPO_GOLDEN_DIR "/") + name;
}

inline QString examplePath(const char* name) {
    return QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/%1").arg(QLatin1String(name));
}

// With PCITOPO_UPDATE_GOLDEN set, writes `actual` as the golden file (the comparison that
// follows then passes): every golden file of a test function is rewritten in one run.
inline void rewriteGoldenIfAsked(const QByteArray& actual, const QString& name) {
    if (!qEnvironmentVariableIsSet("PCITOPO_UPDATE_GOLDEN"))
        return;
    QFile file(goldenPath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(goldenPath(name)));
    file.write(actual);
    qInfo("golden file rewritten: %s", qPrintable(goldenPath(name)));
}

// Exact line-by-line comparison (used through COMPARE_GOLDEN so QFAIL reports the caller).
inline QString goldenDifference(const QString& actual, const QString& name) {
    QFile file(goldenPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("missing golden file %1").arg(goldenPath(name));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
    const QStringList lines = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(expected.size(), lines.size()); ++i) {
        const QString e = expected.value(i, QStringLiteral("<end>"));
        const QString a = lines.value(i, QStringLiteral("<end>"));
        if (e != a)
            return QStringLiteral("%1 line %2 differs:\n  expected: %3\n  actual:   %4")
                .arg(name)
                .arg(i + 1)
                .arg(e, a);
    }
    return QString();
}

#define COMPARE_GOLDEN(actual, name)                                                               \
    do {                                                                                           \
        rewriteGoldenIfAsked((actual).toUtf8(), (name));                                           \
        const QString difference = goldenDifference((actual), (name));                             \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                    \
    } while (false)
