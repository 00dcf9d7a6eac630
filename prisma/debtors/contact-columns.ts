/** The columns of a contact the console shows and changes (Prisma `select`). */
export const CONTACT_COLUMNS = {
  id: true,
  name: true,
  email: true,
  phone: true,
  role: true,
  language: true,
  receivesReminders: true,
  active: true,
} as const;
