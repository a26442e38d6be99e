// Where each person starts after signing in: the place their account is for.
import type { User } from '../../domain/user';

export function homePathFor(user: Pick<User, 'role' | 'regionCode'>): string {
  switch (user.role) {
    case 'village-cadre':
    case 'village-supervisor':
      return `/village/${user.regionCode}`;
    case 'township-reviewer':
      return '/review';
    case 'kiosk':
      return '/kiosk';
    case 'county-admin':
      return '/';
  }
}
