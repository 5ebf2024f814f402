/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-legal-basis-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-legal-basis-picker.h"
#include "ld-legal-basis.h"

struct _LdLegalBasisPicker
{
  GtkWidget       parent_instance;

  GtkMenuButton  *button;
  GtkSearchEntry *search;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (LdLegalBasisPicker, ld_legal_basis_picker, GTK_TYPE_WIDGET)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_chosen (LdLegalBasisPicker *self,
             const LdLegalBasis *basis)
{
  g_autofree char *text = ld_legal_basis_format_with_summary (basis);

  gtk_menu_button_popdown (self->button);
  g_signal_emit (self, signals[CHOSEN], 0, text);
}

static void
fill_list (LdLegalBasisPicker *self)
{
  g_autoptr(GPtrArray) found = ld_legal_basis_search (gtk_editable_get_text (GTK_EDITABLE (self->search)));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < found->len; i++)
    {
      const LdLegalBasis *basis = g_ptr_array_index (found, i);
      g_autofree char *citation = ld_legal_basis_format_citation (basis);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (citation);
      GtkWidget *summary = gtk_label_new (basis->summary);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_xalign (GTK_LABEL (summary), 0);
      gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
      gtk_label_set_lines (GTK_LABEL (summary), 2);
      gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (summary, "dim-label");
      gtk_widget_add_css_class (summary, "caption");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), summary);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_widget_set_name (row, basis->id);
      /* Static data: the pointer outlives the row. */
      g_object_set_data (G_OBJECT (row), "ld-legal-basis", (gpointer) basis);
      gtk_list_box_append (self->list, row);
    }
}

static void
row_activated_cb (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  LdLegalBasisPicker *self)
{
  const LdLegalBasis *basis = g_object_get_data (G_OBJECT (row), "ld-legal-basis");

  if (basis != NULL)
    emit_chosen (self, basis);
}

static void
search_changed_cb (GtkSearchEntry     *entry,
                   LdLegalBasisPicker *self)
{
  fill_list (self);
}

gboolean
ld_legal_basis_picker_choose (LdLegalBasisPicker *self,
                              const char         *id)
{
  const LdLegalBasis *basis;

  g_return_val_if_fail (LD_IS_LEGAL_BASIS_PICKER (self), FALSE);

  basis = ld_legal_basis_lookup (id);
  if (basis == NULL)
    return FALSE;
  emit_chosen (self, basis);
  return TRUE;
}

GtkWidget *
ld_legal_basis_picker_new (void)
{
  return g_object_new (LD_TYPE_LEGAL_BASIS_PICKER, NULL);
}

static void
ld_legal_basis_picker_dispose (GObject *object)
{
  LdLegalBasisPicker *self = LD_LEGAL_BASIS_PICKER (object);

  if (self->button != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->button));
  self->button = NULL;

  G_OBJECT_CLASS (ld_legal_basis_picker_parent_class)->dispose (object);
}

static void
ld_legal_basis_picker_class_init (LdLegalBasisPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_legal_basis_picker_dispose;

  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ld_legal_basis_picker_init (LdLegalBasisPicker *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search laws and articles"), NULL);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_widget_set_size_request (scrolled, 380, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "accessories-dictionary-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Legal Basis"));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));

  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (search_changed_cb), self, 0);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);
  fill_list (self);
}
