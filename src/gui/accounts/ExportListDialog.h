// Asks where to write "export this list" and how: delimiter, byte order mark and
// formula protection, defaulting to what Excel expects in the user's locale.
#pragma once

#include "app/CsvExportOptions.h"

#include <QDialog>
#include <filesystem>
#include <memory>

namespace Ui {
class ExportListDialog;
}

namespace keystone::gui {

class ExportListDialog : public QDialog
{
    Q_OBJECT
public:
    ExportListDialog(int rows, QWidget* parent = nullptr);
    ~ExportListDialog() override;

    std::filesystem::path file() const;
    CsvExportOptions options() const;
    // For other tables than the accounts list (File > Export): what is written, and
    // the file name proposed in the same folder.
    void setDescription(const QString& text);
    void setSuggestedFileName(const QString& name);

    void accept() override;

private:
    void browse();

    std::unique_ptr<Ui::ExportListDialog> m_ui;
    CsvExportOptions m_profile;
};

} // namespace keystone::gui
