#pragma once

#include "libvirtorigin.h"

#include <QObject>
#include <functional>

namespace pcitopo {

class BackgroundTask;
class EditorContext;

// File → Save to libvirt: defines the open document on a libvirt connection (the one it was
// opened from, else the remembered URI) and shows libvirt's answer. A refusal becomes an error
// diagnostic (code "libvirt.define-refused", libvirt's words) in the problems panel, about the
// text that was sent; an acceptance clears it.
//
// Policy: a document opened through a read-only connection cannot be saved (canSave() gives the
// reason). Defining only replaces a domain's persistent configuration; when the domain is
// running, the save goes ahead only if the running-domain confirmation agrees (the new
// configuration then applies at its next boot). Nothing is ever started, stopped or hot-plugged.
class LibvirtSaver final : public QObject {
    Q_OBJECT
public:
    static constexpr const char* DiagnosticSource = "libvirt";
    static constexpr const char* DiagnosticCode = "libvirt.define-refused";

    explicit LibvirtSaver(EditorContext* context, QObject* parent = nullptr);
    ~LibvirtSaver() override;

    void setOrigin(const LibvirtOrigin& origin); // an invalid origin: not from libvirt
    LibvirtOrigin origin() const { return m_origin; }
    QString targetUri() const;
    bool canSave(QString* reason = nullptr) const;
    bool isBusy() const;

    // Asked (on the GUI thread) before a running domain's persistent configuration is replaced;
    // without one, such a save is refused.
    void setRunningConfirmation(std::function<bool(const QString& domain)> confirm);

    // Starts the define in the background: saved() or failed() follows.
    void save();

signals:
    void saved(const QString& message);
    void failed(const QString& message);
    void originChanged();
    void busyChanged(bool busy);

private:
    void define(const QString& uri, const QString& name, const QString& text, bool allowRunning);
    void showRefusal(const QString& text, const QString& uri, const QString& error);

    EditorContext* m_context;
    BackgroundTask* m_task;
    LibvirtOrigin m_origin;
    std::function<bool(const QString&)> m_confirmRunning;
};

} // namespace pcitopo
