/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-chinese-date.h"
#include "ld-date-range-button.h"

struct _LdDateRangeButton
{
  GtkWidget parent_instance;

  GtkWidget *menu_button;
  GtkEntry *from_entry;
  GtkEntry *to_entry;
  GtkLabel *message_label;

  GDate from;
  GDate to;
  guint check_id;
};

/* Typing pauses this long before the dates are checked: replacing the text
 * passes through an empty entry, which must not apply an open range. */
#define CHECK_DELAY_MS 250

G_DEFINE_FINAL_TYPE (LdDateRangeButton, ld_date_range_button, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

/* Parses one entry into @out (cleared for an empty entry); marks the entry
 * and returns FALSE when the text is not a date. */
static gboolean
read_entry (GtkEntry *entry,
            GDate    *out)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gboolean ok = TRUE;

  g_date_clear (out, 1);
  if (g_strstrip (text)[0] != '\0')
    ok = ld_chinese_date_parse (text, out, NULL);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  return ok;
}

static gboolean
check_entries_cb (gpointer user_data)
{
  LdDateRangeButton *self = user_data;
  GDate from, to;
  gboolean from_ok = read_entry (self->from_entry, &from);
  gboolean to_ok = read_entry (self->to_entry, &to);
  const char *message = NULL;

  if (!from_ok || !to_ok)
    message = _("Enter a date such as 2026-11-25 or 2026年11月25日.");
  else if (g_date_valid (&from) && g_date_valid (&to) && g_date_compare (&from, &to) > 0)
    message = _("The first date is after the last date.");

  self->check_id = 0;
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (message != NULL)
    return G_SOURCE_REMOVE;

  if (g_date_valid (&from) || g_date_valid (&to))
    gtk_widget_add_css_class (self->menu_button, "accent");
  else
    gtk_widget_remove_css_class (self->menu_button, "accent");

  if (dates_equal (&from, &self->from) && dates_equal (&to, &self->to))
    return G_SOURCE_REMOVE;

  self->from = from;
  self->to = to;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
entry_changed_cb (LdDateRangeButton *self,
                  GtkEditable       *editable)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (CHECK_DELAY_MS, check_entries_cb, self);
}

static GtkEntry *
add_entry (LdDateRangeButton *self,
           GtkGrid           *grid,
           int                row,
           const char        *label_text,
           const char        *name)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  /* Translators: the example in an empty date entry. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("2026-11-25"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 14);
  g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return GTK_ENTRY (entry);
}

GtkWidget *
ld_date_range_button_new (void)
{
  return g_object_new (LD_TYPE_DATE_RANGE_BUTTON, NULL);
}

gboolean
ld_date_range_button_get_range (LdDateRangeButton *self,
                                GDate             *from,
                                GDate             *to)
{
  g_return_val_if_fail (LD_IS_DATE_RANGE_BUTTON (self), FALSE);

  if (from != NULL)
    *from = self->from;
  if (to != NULL)
    *to = self->to;
  return g_date_valid (&self->from) || g_date_valid (&self->to);
}

void
ld_date_range_button_clear (LdDateRangeButton *self)
{
  g_return_if_fail (LD_IS_DATE_RANGE_BUTTON (self));

  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  /* At once: "Clear filters" should not wait for typing to pause. */
  g_clear_handle_id (&self->check_id, g_source_remove);
  check_entries_cb (self);
}

static void
ld_date_range_button_dispose (GObject *object)
{
  LdDateRangeButton *self = LD_DATE_RANGE_BUTTON (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);

  G_OBJECT_CLASS (ld_date_range_button_parent_class)->dispose (object);
}

static void
ld_date_range_button_class_init (LdDateRangeButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_date_range_button_dispose;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ld_date_range_button_init (LdDateRangeButton *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (_("Date Received"));

  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  self->from_entry = add_entry (self, GTK_GRID (grid), 0, _("_From"), "received-from");
  self->to_entry = add_entry (self, GTK_GRID (grid), 1, _("_To"), "received-to");
  gtk_box_append (GTK_BOX (box), grid);

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->message_label), "date-range-message");
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_max_width_chars (self->message_label, 28);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message_label));

  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (self->menu_button, _("Show Only Records Received Between Two Dates"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), popover);
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));
}
