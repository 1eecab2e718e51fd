#pragma once

#include "ui/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bc::ui {

// Preferences: the language of the program (the system's by default; applied at the next
// start) and where downloaded invoices go (folder and file naming template, with a live
// example and a clear message for a template that cannot work).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    // What the dialog shows now (what accept() keeps).
    [[nodiscard]] Preferences preferences() const;
    [[nodiscard]] QString templateProblem() const;
    [[nodiscard]] QString exampleText() const;

    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QLineEdit *folderEdit() const { return m_folder; }
    [[nodiscard]] QLineEdit *templateEdit() const { return m_template; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateExample();
    void chooseFolder();

    QComboBox *m_language;
    QLineEdit *m_folder;
    QLineEdit *m_template;
    QLabel *m_example;
    QDialogButtonBox *m_buttons;
    QString m_templateProblem;
};

} // namespace bc::ui
