#include "libvirtsaver.h"

#include "backgroundtask.h"
#include "common/editorcontext.h"
#include "libvirtconnection.h"
#include "session/documentsession.h"

#include <QRegularExpression>

namespace pcitopo {

namespace {

enum class Outcome { Defined, Refused, Unreachable, RunningNeedsConfirmation };

struct DefineResult {
    Outcome outcome = Outcome::Unreachable;
    QString error;
};

DefineResult defineOn(const QString& uri, const QString& name, const QString& text,
                      bool allowRunning) {
    DefineResult result;
    const auto connection =
        LibvirtConnection::open(uri, LibvirtConnection::Access::ReadWrite, &result.error);
    if (!connection)
        return result;
    const std::optional<LibvirtDomainInfo> existing = connection->findDomain(name, &result.error);
    if (existing && existing->active && !allowRunning) {
        result.outcome = Outcome::RunningNeedsConfirmation;
        return result;
    }
    const LibvirtAnswer answer = connection->define(text);
    result.outcome = answer.ok ? Outcome::Defined : Outcome::Refused;
    result.error = answer.error;
    return result;
}

QString domainName(const DomainDocument& document) {
    return document.text(document.firstChild(document.root(), u"name"));
}

// libvirt names the device at fault by its PCI address ("The device at PCI address
// 0000:01:00.0 …"): point the diagnostic at the device written with that address, so the
// problems panel can select it.
void locateDevice(Diagnostic& diagnostic, const DeviceInventory& inventory) {
    static const QRegularExpression address(
        QStringLiteral("\\b([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])\\b"));
    const QRegularExpressionMatch match = address.match(diagnostic.message);
    if (!match.hasMatch())
        return;
    const auto field = [&](int n) { return match.captured(n).toInt(nullptr, 16); };
    for (const Device& device : inventory.devices) {
        const std::optional<PciAddress>& at = device.pciAddress;
        if (at && at->domain == field(1) && at->bus == field(2) && at->slot == field(3) &&
            at->function == field(4)) {
            diagnostic.element = device.element;
            diagnostic.location = device.addressLocation;
            return;
        }
    }
}

} // namespace

LibvirtSaver::LibvirtSaver(EditorContext* context, QObject* parent)
    : QObject(parent), m_context(context), m_task(new BackgroundTask(this)) {
    connect(m_task, &BackgroundTask::busyChanged, this, &LibvirtSaver::busyChanged);
}

LibvirtSaver::~LibvirtSaver() = default;

void LibvirtSaver::setOrigin(const LibvirtOrigin& origin) {
    m_origin = origin;
    emit originChanged();
}

QString LibvirtSaver::targetUri() const {
    return m_origin.isValid() ? m_origin.uri : rememberedLibvirtUri();
}

bool LibvirtSaver::canSave(QString* reason) const {
    QString why;
    if (!m_context->hasDocument())
        why = tr("No domain is open.");
    else if (m_origin.isValid() && m_origin.readOnly)
        why = tr("%1 was opened through a read-only connection to %2.")
                  .arg(m_origin.domain, m_origin.uri);
    else if (m_task->isBusy())
        why = tr("A save to libvirt is already under way.");
    if (reason)
        *reason = why;
    return why.isEmpty();
}

bool LibvirtSaver::isBusy() const {
    return m_task->isBusy();
}

void LibvirtSaver::setRunningConfirmation(std::function<bool(const QString&)> confirm) {
    m_confirmRunning = std::move(confirm);
}

void LibvirtSaver::save() {
    QString reason;
    if (!canSave(&reason)) {
        emit failed(reason);
        return;
    }
    const DomainDocument& document = m_context->document();
    define(targetUri(), domainName(document), document.text(), false);
}

void LibvirtSaver::define(const QString& uri, const QString& name, const QString& text,
                          bool allowRunning) {
    m_task->run<DefineResult>(
        [uri, name, text, allowRunning] { return defineOn(uri, name, text, allowRunning); },
        [this, uri, name, text](const DefineResult& result) {
            switch (result.outcome) {
            case Outcome::Defined:
                if (m_context->hasDocument() && m_context->document().text() == text)
                    m_context->setExternalDiagnostics(QLatin1String(DiagnosticSource), {});
                emit saved(tr("libvirt defined %1 on %2").arg(name, uri));
                return;
            case Outcome::Refused:
                showRefusal(text, uri, result.error);
                return;
            case Outcome::Unreachable:
                emit failed(tr("Cannot connect to %1: %2").arg(uri, result.error));
                return;
            case Outcome::RunningNeedsConfirmation:
                if (m_confirmRunning && m_confirmRunning(name))
                    define(uri, name, text, true);
                else
                    emit failed(
                        tr("%1 is running: its configuration was left unchanged.").arg(name));
                return;
            }
        });
}

void LibvirtSaver::showRefusal(const QString& text, const QString& uri, const QString& error) {
    // Only about the text that was sent: an edit made meanwhile is not what libvirt judged.
    if (m_context->hasDocument() && m_context->document().text() == text) {
        Diagnostic diagnostic;
        diagnostic.severity = Severity::Error;
        diagnostic.code = QLatin1String(DiagnosticCode);
        diagnostic.message = error;
        diagnostic.explanation =
            tr("libvirt (%1) refused to define this domain; the message is libvirt's own. "
               "Nothing was changed on the host.")
                .arg(uri);
        locateDevice(diagnostic, m_context->session()->inventory());
        m_context->setExternalDiagnostics(QLatin1String(DiagnosticSource), {diagnostic});
    }
    emit failed(tr("libvirt refused the domain: %1").arg(error));
}

} // namespace pcitopo
