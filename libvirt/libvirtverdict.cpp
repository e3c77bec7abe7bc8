#include "libvirtverdict.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <atomic>

namespace pcitopo {

namespace {

const QRegularExpression& nameElement() {
    static const QRegularExpression re(QStringLiteral("<name>.*?</name>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression& uuidElement() {
    static const QRegularExpression re(QStringLiteral("\\s*<uuid>.*?</uuid>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

QString replaceFirst(const QString& text, const QRegularExpression& re, const QString& with) {
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return text;
    QString result = text;
    return result.replace(match.capturedStart(), match.capturedLength(), with);
}

// libvirt's output carries the temporary name and a fresh uuid: give back the original name and
// drop the uuid, as the oracle's expected/ files are written.
QString restoreName(const QString& output, const QString& original) {
    const QRegularExpressionMatch name = nameElement().match(original);
    const QString restored =
        replaceFirst(output, nameElement(), name.hasMatch() ? name.captured() : QString());
    return replaceFirst(restored, uuidElement(), QString());
}

// One line, as the oracle records libvirt's messages (an XML parse error spans three).
QString oneLine(const QString& message) {
    QStringList lines;
    for (const QString& line : message.split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines.join(u' ');
}

} // namespace

QString temporaryDomainName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("pcitopo-check-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

QString withTemporaryName(const QString& xml, const QString& name) {
    const QString element = QStringLiteral("<name>%1</name>").arg(name);
    QString body;
    if (nameElement().match(xml).hasMatch()) {
        body = replaceFirst(xml, nameElement(), element);
    } else {
        static const QRegularExpression domainStart(QStringLiteral("<domain\\b[^>]*>"));
        const QRegularExpressionMatch start = domainStart.match(xml);
        body = xml;
        if (start.hasMatch())
            body.insert(start.capturedEnd(), element);
    }
    return replaceFirst(body, uuidElement(), QString());
}

LibvirtVerdict askLibvirt(const LibvirtConnection& connection, const QString& xml) {
    LibvirtVerdict verdict;
    verdict.temporaryName = temporaryDomainName();
    const LibvirtAnswer defined = connection.define(withTemporaryName(xml, verdict.temporaryName));
    if (!defined.ok) {
        verdict.error = oneLine(defined.error);
        return verdict;
    }
    QString error;
    const std::optional<QString> output =
        connection.inactiveXml(verdict.temporaryName, false, &error);
    verdict.ok = output.has_value();
    verdict.xml = output ? restoreName(*output, xml) : QString();
    verdict.error = output ? QString() : QStringLiteral("cannot read back: ") + error;
    verdict.cleanedUp = connection.undefine(verdict.temporaryName).ok;
    return verdict;
}

} // namespace pcitopo
