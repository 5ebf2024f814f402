/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* Helpers the UI tests (tests/ui/test-*.c) had each written for
 * themselves: waiting on the main loop with a bounded timeout, finding
 * widgets and windows, acting as the user would (typing, clicking,
 * answering a dialog), reading what is shown, and a database in a
 * temporary folder. Like the tests that call them they assert or abort
 * rather than return errors. Widgets and windows are passed as gpointer,
 * so an editor, a dialog or a page goes in without a cast. */

/* Waiting */

/* How long LD_UI_WAIT_FOR waits before it fails the test. */
#define LD_UI_WAIT_TIMEOUT_S 30

/* The state of one LD_UI_WAIT_FOR; use the macro. */
typedef struct
{
  guint    timeout_id;
  guint    wake_up_id;
  gboolean timed_out;
} LdUiWait;

void        ld_ui_wait_begin           (LdUiWait *wait);
gboolean    ld_ui_wait_iterate         (LdUiWait *wait);
void        ld_ui_wait_end             (LdUiWait *wait);

/* Iterates the default main context until @cond holds; aborts the test,
 * naming @cond, after LD_UI_WAIT_TIMEOUT_S seconds. @cond is evaluated
 * once after each iteration, and a wake-up every 20 ms lets it poll state
 * that changes off the main loop (worker threads). */
#define LD_UI_WAIT_FOR(cond)                                                  \
  G_STMT_START {                                                              \
    LdUiWait wait_;                                                           \
    gboolean met_;                                                            \
    ld_ui_wait_begin (&wait_);                                                \
    while (!(met_ = !!(cond)) && ld_ui_wait_iterate (&wait_))                 \
      ;                                                                       \
    ld_ui_wait_end (&wait_);                                                  \
    if (!met_)                                                                \
      g_error ("Timed out waiting for %s", #cond);                            \
  } G_STMT_END

/* Runs the main loop for @milliseconds, so pending layout, frames and
 * idles happen. */
void        ld_ui_run_main_loop_for    (guint milliseconds);
/* Runs what is pending without waiting for the loop to go idle, at most
 * 1000 iterations: a window's frame clock or an animation can keep it
 * busy indefinitely, so "nothing pending" is no condition to wait for. */
void        ld_ui_drain_main_loop      (void);
/* For a screenshot: with LD_TEST_HOLD_SECONDS set, runs the main loop
 * that many seconds, keeping the windows on screen; else returns. */
void        ld_ui_hold_for_screenshot  (void);

/* Finding widgets. Each searches @root and its descendants depth first,
 * @root included, and returns the first match or NULL. */

typedef gboolean (*LdUiMatchFunc) (GtkWidget     *widget,
                                   gconstpointer  data);

GtkWidget  *ld_ui_find_match           (gpointer       root,
                                        LdUiMatchFunc  match,
                                        gconstpointer  data);
/* A widget of @type (GTK_TYPE_WIDGET for any) named @name (NULL for any). */
GtkWidget  *ld_ui_find                 (gpointer       root,
                                        GType          type,
                                        const char    *name);
GtkWidget  *ld_ui_find_named           (gpointer       root,
                                        const char    *name);
GtkWidget  *ld_ui_find_of_type         (gpointer       root,
                                        GType          type);
/* As ld_ui_find_named(), but aborts when there is none. */
GtkWidget  *ld_ui_get_named            (gpointer       root,
                                        const char    *name);
/* A mapped label showing @text, named @name (NULL for any). */
GtkWidget  *ld_ui_find_shown_label     (gpointer       root,
                                        const char    *name,
                                        const char    *text);
/* A button labelled @label (with its mnemonic underscore). */
GtkWidget  *ld_ui_find_button          (gpointer       root,
                                        const char    *label);

/* The toast shown under @root (a toast overlay or a window holding one)
 * whose title contains @text, or NULL. The overlay holds it. */
AdwToast   *ld_ui_find_toast           (gpointer       root,
                                        const char    *text);

/* Dismisses @toast as its close button would and waits until it has
 * gone. It first lets the toast come in: libadwaita 1.2 frees a toast's
 * state twice when its hiding ends in the same frame as its showing (a
 * toast dismissed right as it appears). */
void        ld_ui_dismiss_toast        (AdwToast      *toast);

/* Windows */

/* The visible toplevel of @type (GTK_TYPE_WINDOW for any), transient for
 * @parent (NULL: for any window or none) and named @name (NULL for any),
 * or NULL. */
GtkWindow  *ld_ui_find_window          (GType          type,
                                        gpointer       parent,
                                        const char    *name);
/* Waits for that window to be shown, and returns it. */
GtkWindow  *ld_ui_wait_for_window      (GType          type,
                                        gpointer       parent,
                                        const char    *name);
/* Waits until no such window is shown. */
void        ld_ui_wait_for_no_window   (GType          type,
                                        gpointer       parent,
                                        const char    *name);
/* Destroys @window and waits until it is finalized. */
void        ld_ui_destroy_and_wait     (gpointer       window);

/* Message dialogs */

/* The visible message dialog over @parent named @name, as
 * ld_ui_find_window() finds windows. */
AdwMessageDialog *ld_ui_find_dialog    (gpointer       parent,
                                        const char    *name);
AdwMessageDialog *ld_ui_wait_for_dialog (gpointer      parent,
                                        const char    *name);
/* Answers @dialog as the button of @response would: the response, then
 * the dialog closes. */
void        ld_ui_respond              (gpointer       dialog,
                                        const char    *response);
/* Waits for the message dialog @name over @parent, answers it with
 * @response and returns the body it showed (valid until the next call). */
const char *ld_ui_expect_dialog        (gpointer       parent,
                                        const char    *name,
                                        const char    *response);

/* Acting on the widget named @name under @root, as the user would. */

/* Types @text into the entry (any GtkEditable) or text view. */
void        ld_ui_set_text             (gpointer       root,
                                        const char    *name,
                                        const char    *text);
/* The text of the GtkEditable. */
const char *ld_ui_get_text             (gpointer       root,
                                        const char    *name);
/* Asserts the button is sensitive and clicks it now (gtk_widget_activate()
 * clicks after a short animation). */
void        ld_ui_click                (gpointer       root,
                                        const char    *name);
/* Clicks the button labelled @label under @root (a dialog's answers and
 * closes it, a toast's acts and dismisses it); aborts when there is none. */
void        ld_ui_click_button         (gpointer       root,
                                        const char    *label);
/* gtk_widget_is_sensitive(): the widget and its ancestors. */
gboolean    ld_ui_is_sensitive         (gpointer       root,
                                        const char    *name);
/* Selects the item at @position of the AdwComboRow. */
void        ld_ui_choose               (gpointer       root,
                                        const char    *name,
                                        guint          position);
/* Presses Enter in the entry row: "activate" on its GtkText. */
void        ld_ui_press_enter          (gpointer       root,
                                        const char    *name);
/* Runs @widget's own shortcut for @keyval with exactly @modifiers, as its
 * shortcut controller would on a key press; FALSE if there is none or it
 * did nothing. */
gboolean    ld_ui_press_key            (gpointer        widget,
                                        guint           keyval,
                                        GdkModifierType modifiers);

/* The text of the message label "@field-message" under @root, or NULL
 * while it is not shown (it or an ancestor hidden, or empty). A shown
 * message must have the CSS class @style, or with @style NULL "error" or
 * "warning". */
const char *ld_ui_message_of           (gpointer       root,
                                        const char    *field,
                                        const char    *style);

/* Data */

/* Whether @bytes (may be NULL) start like a PDF. */
gboolean    ld_ui_is_pdf               (GBytes        *bytes);
/* Today plus @days (negative: ago), in the local time zone. */
GDate      *ld_ui_today_plus           (int            days);
/* The same as the date fields take it, "2026-11-25". */
char       *ld_ui_day_text             (int            days);

/* A new database "test.db" in a new temporary folder made from the
 * g_mkdtemp() template @tmpl; the folder's path in @out_dir. */
LdDatabase *ld_ui_open_tmp_database    (const char    *tmpl,
                                        char         **out_dir);
/* Asserts that @db is finalized with this last reference, then removes
 * @dir and all in it, and frees @dir. */
void        ld_ui_close_tmp_database   (LdDatabase    *db,
                                        char          *dir);

/* The fixture of the tests that need only a database: "test.db" in a
 * new temporary folder named after the program ("ld-contract-editor-…"
 * for test-contract-editor). For g_test_add(); the tear-down asserts that
 * nothing kept the database. */
typedef struct
{
  char       *dir;
  LdDatabase *db;
} LdUiDatabaseFixture;

void        ld_ui_database_fixture_set_up    (LdUiDatabaseFixture *fixture,
                                              gconstpointer        data);
void        ld_ui_database_fixture_tear_down (LdUiDatabaseFixture *fixture,
                                              gconstpointer        data);

/* Setting up */

/* Puts the program in the language of the environment (Chinese under
 * xvfb-wrapper.sh) with the catalogue this build made (LD_BUILD_ROOT/po).
 * Call before g_test_init(); without it the strings stay in English. */
void        ld_ui_use_environment_language (void);

G_END_DECLS
